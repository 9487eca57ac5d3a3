package dev.descentfx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The English and the Korean bundle say the same things: the same keys, the same blanks, the course's words. */
class BundlesTest {
    private static final Pattern BLANK = Pattern.compile("\\{\\d+}");

    /** The file itself, read as UTF-8 (not through ResourceBundle, which would fall back to the English one). */
    private static Properties read(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/dev/descentfx/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> blanks(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = BLANK.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void bothBundlesHaveExactlyTheSameKeys() throws IOException {
        Properties en = read("messages.properties"), ko = read("messages_ko.properties");
        assertThat(new TreeSet<>(ko.stringPropertyNames())).as("keys missing from messages_ko.properties")
                .containsAll(en.stringPropertyNames());
        assertThat(new TreeSet<>(en.stringPropertyNames())).as("keys missing from messages.properties")
                .containsAll(ko.stringPropertyNames());
    }

    @Test
    void eachSentenceHasTheSameBlanksInBothLanguages() throws IOException {
        Properties en = read("messages.properties"), ko = read("messages_ko.properties");
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            assertThat(blanks(ko.getProperty(key, ""))).as(key).isEqualTo(blanks(en.getProperty(key)));
        }
    }

    @Test
    void theKoreanBundleIsKoreanInTheCoursesWords() throws IOException {
        Properties ko = read("messages_ko.properties");
        String all = String.join("\n", ko.stringPropertyNames().stream().map(ko::getProperty).toList());
        assertThat(all).contains("가설", "비용", "학습률", "경사 하강법", "기울기", "편향", "에포크");
        long hangul = ko.stringPropertyNames().stream()
                .filter(k -> ko.getProperty(k).codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)).count();
        assertThat(hangul).as("sentences with Hangul").isGreaterThan(ko.size() * 3 / 4);
    }

    @Test
    void languagesReadTheirOwnBundleWhateverTheSystemLocale() {
        assertThat(Language.EN.text("toolbar.play")).isEqualTo("Play");
        assertThat(Language.KO.text("toolbar.play")).isEqualTo("재생");
        assertThat(Language.KO.text("plot.history.subtitle", 5, "1.2345")).isEqualTo("에포크 5    비용 = 1.2345");
        assertThat(Language.of("ko-KR")).isEqualTo(Language.KO);
        assertThat(Language.of("fr")).isEqualTo(Language.EN);
    }

    /** Every key the code asks for by name ({@code text("plot.code.title")}) is in the bundle. */
    @Test
    void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
        Properties en = read("messages.properties");
        Pattern asked = Pattern.compile("\\btext\\(\"([A-Za-z][\\w.\\-]*)\"\\s*[,)]");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/descentfx"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = asked.matcher(Files.readString(file));
                while (m.find()) {
                    found++;
                    if (!en.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(100);
        assertThat(missing).isEmpty();
    }
}
