package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Playback says one thing at a time: Play stops at the Run-to epoch, the epoch slider shows any
 * trained epoch, and every number written is a real record's. The reference for what the window
 * shows is a fresh Trainer on the lesson's run (and the lesson's printed W and b).
 */
class PlayToTargetTest {
    private static final long MS = 1_000_000L;
    /** Records 0..1010 of the lesson's run, from a Trainer of their own. */
    private static final List<EpochRecord> LESSON = lessonRecords(1010);

    private final DescentViewModel vm = new DescentViewModel();
    private long clock = 1_000 * MS;

    private static List<EpochRecord> lessonRecords(int epochs) {
        Trainer trainer = new Trainer(TrainingConfig.lesson());
        List<EpochRecord> records = new java.util.ArrayList<>(List.of(trainer.current()));
        records.addAll(trainer.run(epochs));
        return records;
    }

    private void tick(long millis) {
        clock += millis * MS;
        vm.tick(clock);
    }

    /** Frames of 1/60 s until {@code done} or two minutes of clock time. */
    private void runFrames(BooleanSupplier done) {
        for (int i = 0; i < 7200 && !done.getAsBoolean(); i++) {
            clock += DescentViewModel.FRAME_NANOS;
            vm.tick(clock);
        }
    }

    /** A number as the window writes it, formatted here on its own: 4 decimals, a real minus sign. */
    private static String written(float value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value).replace("-", "\u2212");
    }

    @Test
    void playStopsAtTheLessonsEpoch1000WithTheLessonsWAndB() {
        // given the lesson's run at top speed, and the Run-to epoch left at its 1000
        assertThat(vm.targetProperty().get()).isEqualTo(1000);
        vm.setSpeed(DescentViewModel.MAX_SPEED);
        // when Play runs until it stops by itself
        vm.play();
        runFrames(() -> !vm.playingProperty().get());
        // then it rests on record 1000, the one a fresh Trainer gives and the lesson prints
        assertThat(vm.playingProperty().get()).isFalse();
        assertThat(vm.epochProperty().get()).isEqualTo(1000);
        assertThat(vm.recordProperty().get()).isEqualTo(LESSON.get(1000));
        assertThat(vm.numbers().w().get()).isEqualTo("1.9708");
        assertThat(vm.numbers().b().get()).isEqualTo("0.0664");
        // and nothing was trained past it
        assertThat(vm.lastEpochProperty().get()).isEqualTo(1000);
    }

    @Test
    void playAtTheTargetDoesNotMoveAndSaysWhyThenAFartherTargetPlaysOn() {
        // given the run shown at its Run-to epoch
        vm.runToEpoch(30);
        runFrames(() -> !vm.runningProperty().get());
        assertThat(vm.epochProperty().get()).isEqualTo(30);
        // when Play is pressed there
        vm.play();
        tick(1000);
        // then nothing moves and the note says why
        assertThat(vm.playingProperty().get()).isFalse();
        assertThat(vm.epochProperty().get()).isEqualTo(30);
        assertThat(vm.playNoteProperty().get()).contains("Run-to epoch 30").contains("later epoch");
        // when a later epoch is typed, Play goes on to it and stops there
        vm.setTarget(40);
        assertThat(vm.playNoteProperty().get()).isEmpty();
        vm.setSpeed(100);
        vm.play();
        runFrames(() -> !vm.playingProperty().get());
        assertThat(vm.epochProperty().get()).isEqualTo(40);
        assertThat(vm.recordProperty().get()).isEqualTo(LESSON.get(40));
    }

    @Test
    void runToJumpsBackToTheTargetWhenItIsAlreadyTrained() {
        vm.runToEpoch(60);
        runFrames(() -> !vm.runningProperty().get());
        vm.runToEpoch(25);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.recordProperty().get()).isEqualTo(LESSON.get(25));
        assertThat(vm.lastEpochProperty().get()).isEqualTo(60);
    }

    @Test
    void theWrittenStepAtRecord5IsTheNextStepFromRecord5sOwnNumbers() {
        // given the run at record 5
        for (int i = 0; i < 5; i++) {
            vm.step();
        }
        EpochRecord five = LESSON.get(5), six = LESSON.get(6);
        assertThat(five.gradW()).isNegative();
        // then W, ∇W are record 5's and the result is record 6's W, as a fresh Trainer has them; with four
        // decimals 0.7487 + 0.104030 would give 0.8527, so W and ∇W get a fifth (issue 13: the sum adds up)
        String expected = "next step: W := W \u2212 \u03b1\u2207W = " + written(five.w(), 5) + " \u2212 0.01 \u00d7 ("
                + written(five.gradW(), 5) + ") = " + written(six.w(), 4);
        assertThat(vm.numbers().updateW().get()).isEqualTo(expected);
        String expectedB = "next step: b := b \u2212 \u03b1\u2207b = " + written(five.b(), 4) + " \u2212 0.01 \u00d7 ("
                + written(five.gradB(), 4) + ") = " + written(six.b(), 4);
        assertThat(vm.numbers().updateB().get()).isEqualTo(expectedB);
    }

    @Test
    void midSlideEveryNumberIsTheRecordsNeverAnInBetweenOne() {
        // given a step that slides over 300 ms
        tick(16);
        vm.step();
        tick(150);
        // then the mark is between records 0 and 1, but the frame's record and the numbers are record 1's
        double mark = vm.frameProperty().get().w();
        assertThat(mark).isGreaterThan(0).isLessThan(LESSON.get(1).w());
        assertThat(vm.frameProperty().get().record()).isEqualTo(LESSON.get(1));
        assertThat(vm.recordProperty().get()).isSameAs(vm.frameProperty().get().record());
        assertThat(vm.numbers().w().get()).isEqualTo(written(LESSON.get(1).w(), 4));
        assertThat(vm.numbers().cost().get()).isEqualTo(written(LESSON.get(1).cost(), 4));
    }

    @Test
    void theEpochSliderShowsAnyTrainedEpochAndStopsPlay() {
        // given 50 trained epochs, playing
        vm.runToEpoch(50);
        runFrames(() -> !vm.runningProperty().get());
        vm.setTarget(1000);
        vm.play();
        assertThat(vm.lastEpochProperty().get()).isEqualTo(50);
        // when the slider is dragged to 20
        vm.showEpoch(20);
        // then record 20 is shown, play has stopped, and the run still reaches 50
        assertThat(vm.playingProperty().get()).isFalse();
        assertThat(vm.recordProperty().get()).isEqualTo(LESSON.get(20));
        assertThat(vm.canStepBackProperty().get()).isTrue();
        assertThat(vm.lastEpochProperty().get()).isEqualTo(50);
        assertThat(vm.frameProperty().get().history()).hasSize(21);
        // and the ends stay within the run
        vm.showEpoch(-3);
        assertThat(vm.epochProperty().get()).isZero();
        assertThat(vm.canStepBackProperty().get()).isFalse();
        vm.showEpoch(9999);
        assertThat(vm.recordProperty().get()).isEqualTo(LESSON.get(50));
    }

    @Test
    void runToAFarEpochStillHasTheLessonsNumbersOnTheWay() {
        vm.runToEpoch(1010);
        runFrames(() -> !vm.runningProperty().get());
        vm.showEpoch(1000);
        assertThat((double) vm.recordProperty().get().w()).isCloseTo(1.9708, within(5e-5));
        assertThat((double) vm.recordProperty().get().b()).isCloseTo(0.0664, within(5e-5));
    }
}
