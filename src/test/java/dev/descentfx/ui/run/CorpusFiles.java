package dev.descentfx.ui.run;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The bad-CSV corpus under {@code src/test/resources/dev/descentfx/data/corpus}. */
final class CorpusFiles {
    private CorpusFiles() {
    }

    static Path path(String name) throws URISyntaxException {
        return Path.of(CorpusFiles.class.getResource("/dev/descentfx/data/corpus/" + name).toURI());
    }
}
