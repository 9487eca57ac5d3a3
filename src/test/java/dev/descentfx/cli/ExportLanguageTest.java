package dev.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export --lang: the pictures' words in English or Korean; the numbers the same in both. */
class ExportLanguageTest {
    @TempDir
    Path dir;

    private String svg(String plot, String lang) throws IOException {
        return svg(plot, lang, "640x480");
    }

    private String svg(String plot, String lang, String size) throws IOException {
        Path file = dir.resolve(plot + "-" + lang + "-" + size + ".svg");
        CliRun run = CliRun.of("export", "--plot", plot, "--epoch", "10", "--size", size, "--lang", lang,
                "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void withLangKoTheSvgCarriesTheCoursesKoreanWords() throws IOException {
        String ko = svg("cost-history", "ko"), en = svg("cost-history", "en");
        assertThat(ko).contains("에포크별 비용", "비용").doesNotContain("Cost per epoch");
        assertThat(en).contains("Cost per epoch").doesNotContain("비용");
        assertThat(svg("fitted-line", "ko")).contains("학습된 직선", "H(x) = ");
        // the worked step with its Korean name needs more than 640 px in Nanum Gothic (at 640 the sum is written alone)
        assertThat(svg("cost-curve", "ko", "800x500")).contains("다음 스텝");
    }

    @Test
    void anotherLanguageIsRefusedWithTheReason() {
        CliRun run = CliRun.of("export", "--plot", "cost-curve", "--lang", "fr", "--out", dir.resolve("x.png").toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--lang must be en or ko, not fr");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }
}
