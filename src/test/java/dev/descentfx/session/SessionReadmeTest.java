package dev.descentfx.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.training.GradientMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's sample session file opens, and says what the README says it does. */
class SessionReadmeTest {
    @Test
    void theReadmesSampleOpens() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String sessions = readme.substring(readme.indexOf("## Sessions"));
        Matcher json = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(sessions);
        assertThat(json.find()).isTrue();
        Session s = SessionFile.read(Path.of("README.md"), json.group(1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // "the lesson, α 0.01 for two updates and 0.1 from epoch 2, trained to 5 with epoch 3 on screen"
        assertThat(s.settings().data().xFlat()).containsExactly(1f, 2f, 3f);
        assertThat(s.settings().data().y()).containsExactly(2f, 4f, 6f);
        assertThat(s.settings().learningRate()).isEqualTo(0.01);
        assertThat(s.changes()).containsOnlyKeys(2);
        assertThat(s.changes().get(2).learningRate()).isEqualTo(0.1);
        assertThat(s.changes().get(2).mode()).isEqualTo(GradientMode.AUTOGRAD);
        assertThat(s.trainedTo()).isEqualTo(5);
        assertThat(s.epoch()).isEqualTo(3);
        // and it is the file DescentFX writes for that session, field for field
        assertThat(SessionFile.text(s).strip()).isEqualTo(json.group(1).strip());
    }
}
