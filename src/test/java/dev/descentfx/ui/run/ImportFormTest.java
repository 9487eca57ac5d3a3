package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.i18n.Language;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.TrainingConfig;
import dev.descentfx.ui.run.ImportWords.Detail;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Open CSV data form with no toolkit: what it says about a file, the data it makes of the
 * chosen columns, and that a file it cannot use leaves the run as it was. Reads run on the test's
 * thread (both executors run at once) unless the test says otherwise.
 */
class ImportFormTest {
    private final DescentViewModel vm = new DescentViewModel();
    private final ImportForm form = new ImportForm(vm, Runnable::run, Runnable::run);
    @TempDir
    Path dir;

    @Test
    void aSemicolonFileWithDecimalCommasIsDescribedPreviewedAndReadAsFloat32() throws IOException {
        // given Excel's European "CSV UTF-8": a byte order mark, semicolons, decimal commas, one quoted cell
        Path file = dir.resolve("heights.csv");
        Files.writeString(file, "\uFEFFid;height;weight\n1;1,62;\"55,5\"\n2;1,75;70,25\n3;1,80;-0,5\n",
                StandardCharsets.UTF_8);

        form.open(file);

        // then the dialect is said in words
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(form.detailsProperty().get()).containsExactly(
                new Detail("Size", "3 rows, 3 columns"),
                new Detail("Header row", "yes: the first row names the columns"),
                new Detail("Delimiter", "semicolon (;)"),
                new Detail("Decimal mark", "comma (2,5)"),
                new Detail("Encoding", "UTF-8 with a byte order mark (as Excel's CSV UTF-8 writes)"),
                new Detail("Quotes", "some cells are in quotes (\"2.5\")"));
        // the preview is the cells as written, the header being the columns' names
        assertThat(form.columns()).containsExactly("id", "height", "weight");
        assertThat(form.previewProperty().get()).containsExactly(
                List.of("1", "1,62", "55,5"), List.of("2", "1,75", "70,25"), List.of("3", "1,80", "-0,5"));
        // no column is named x or y: the first two columns of numbers
        assertThat(form.xProperty().get()).isEqualTo("id");
        assertThat(form.yProperty().get()).isEqualTo("height");

        // when x is height and y is weight
        form.xProperty().set("height");
        form.yProperty().set("weight");

        // then the data are those numbers as float32, each typed again here with a point
        Dataset d = form.datasetProperty().get();
        assertThat(d.featureNames()).containsExactly("height");
        assertThat(d.targetName()).isEqualTo("weight");
        assertThat(new float[] {d.x(0, 0), d.x(1, 0), d.x(2, 0)})
                .containsExactly(Float.parseFloat("1.62"), Float.parseFloat("1.75"),
                        Float.parseFloat("1.80"));
        assertThat(d.y()).containsExactly(Float.parseFloat("55.5"), Float.parseFloat("70.25"),
                Float.parseFloat("-0.5"));

        // and in Korean the same lines are in Korean
        vm.setLanguage(Language.KO);
        assertThat(form.detailsProperty().get().get(2)).isEqualTo(new Detail("구분 기호", "세미콜론 (;)"));
    }

    @Test
    void usingTheDataRestartsTheRunOnThemAndKeepsTheSettings() throws IOException {
        vm.setLearningRate(0.05);
        vm.step();
        vm.step();
        Path file = dir.resolve("xy.txt");
        Files.writeString(file, "y\tx\n3\t1\n5\t2\n7\t3\n9\t4\n");
        form.open(file);
        // the columns named x and y, in whatever order they come
        assertThat(form.xProperty().get()).isEqualTo("x");
        assertThat(form.yProperty().get()).isEqualTo("y");
        assertThat(form.detailsProperty().get().get(2).value()).isEqualTo("tab");

        assertThat(form.use()).isTrue();

        TrainingConfig now = vm.settingsProperty().get();
        assertThat(now.data()).isEqualTo(Dataset.of(new float[] {1, 2, 3, 4}, new float[] {3, 5, 7, 9}));
        assertThat(now.learningRate()).isEqualTo(0.05);
        assertThat(vm.epochProperty().get()).isZero();
    }

    @Test
    void theSameColumnTwiceOrAFileOfOneColumnIsNamedAndCannotBeUsed() throws IOException, URISyntaxException {
        Path file = dir.resolve("xy.csv");
        Files.writeString(file, "x,y\n1,2\n");
        form.open(file);
        form.yProperty().set("x");
        assertThat(form.problemProperty().get()).isEqualTo("x and y are both the column 'x': pick two different columns");
        assertThat(form.use()).isFalse();

        Path one = CorpusFiles.path("only-target.csv");
        form.open(one);
        assertThat(form.problemProperty().get()).isEqualTo(one + " has one column only, 'y': the window needs two,"
                + " one for x and one for y; add a column");
        assertThat(form.canUseProperty().get()).isFalse();
    }

    @Test
    void cancelStopsTheReadAndLeavesTheFormAndTheRunAsTheyWere() throws Exception {
        // given a small file shown, and a big one being read on a thread of its own
        Queue<Runnable> fxQueue = new ArrayDeque<>();
        ImportForm slow = new ImportForm(vm, r -> worker = startThread(r), r -> {
            synchronized (fxQueue) {
                fxQueue.add(r);
            }
        });
        Path small = dir.resolve("small.csv");
        Files.writeString(small, "x,y\n1,2\n2,4\n");
        slow.open(small);
        worker.join();
        drain(fxQueue);
        assertThat(slow.fileProperty().get()).isEqualTo(small);
        vm.step();
        TrainingConfig settings = vm.settingsProperty().get();
        EpochRecord record = vm.recordProperty().get();

        Path big = rows(dir.resolve("big.csv"), 300_000);
        slow.open(big);
        // when the first progress comes back, Cancel is pressed
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (slow.progressProperty().get() == 0 && worker.isAlive() && System.nanoTime() < deadline) {
            drain(fxQueue);
            Thread.onSpinWait();
        }
        assertThat(slow.readingProperty().get()).isEqualTo(big);
        slow.cancel();
        worker.join();
        drain(fxQueue);

        // then the small file is still the one shown, nothing is being read, and the run is as it was
        assertThat(slow.readingProperty().get()).isNull();
        assertThat(slow.fileProperty().get()).isEqualTo(small);
        assertThat(slow.datasetProperty().get().size()).isEqualTo(2);
        assertThat(vm.settingsProperty().get()).isSameAs(settings);
        assertThat(vm.recordProperty().get()).isSameAs(record);
    }

    @Test
    void aMillionRowsLoadAndTrain() throws IOException {
        Path file = rows(dir.resolve("million.csv"), 1_000_000);
        form.open(file);
        assertThat(form.problemProperty().get()).isEmpty();
        Dataset d = form.datasetProperty().get();
        assertThat(d.size()).isEqualTo(1_000_000);
        // row i was written as x = i / 1000 and y = 2x + 1 (in decimal), read back as float32
        for (int i : new int[] {0, 1, 123_456, 999_999}) {
            assertThat(d.x(i, 0)).isEqualTo(Float.parseFloat(decimal(i)));
            assertThat(d.y(i)).isEqualTo(Float.parseFloat(decimal(2 * i + 1000)));
        }
        assertThat(form.use()).isTrue();
        assertThat(vm.settingsProperty().get().data().size()).isEqualTo(1_000_000);
        vm.step();
        assertThat(vm.epochProperty().get()).isEqualTo(1);
    }

    private Thread worker;

    private static Thread startThread(Runnable r) {
        Thread t = new Thread(r, "test-import");
        t.start();
        return t;
    }

    private static void drain(Queue<Runnable> queue) {
        while (true) {
            Runnable r;
            synchronized (queue) {
                r = queue.poll();
            }
            if (r == null) {
                return;
            }
            r.run();
        }
    }

    /** x = i/1000 and y = 2x + 1, written with three decimals: 1,000,000 rows make about 18 MB. */
    static Path rows(Path file, int n) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("x,y\n");
            for (int i = 0; i < n; i++) {
                out.write(decimal(i));
                out.write(',');
                out.write(decimal(2 * i + 1000));
                out.write('\n');
            }
        }
        return file;
    }

    /** thousandths / 1000 in decimal, e.g. 1234 → "1.234". */
    private static String decimal(long thousandths) {
        long fraction = thousandths % 1000;
        return thousandths / 1000 + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction;
    }
}
