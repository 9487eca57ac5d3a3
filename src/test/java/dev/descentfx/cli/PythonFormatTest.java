package dev.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected strings are what python3 (and numpy 2.4 for float32 digits) printed for the same values. */
class PythonFormatTest {

    @ParameterizedTest(name = "'{{:.{1}f}}'.format({0}) == {2}")
    @CsvSource({
            "0.0005, 3, 0.001",   // the double 0.0005 is a hair above 0.0005
            "0.15, 1, 0.1",       // the double 0.15 is a hair below: Java's String.format says 0.2
            "0.125, 2, 0.12",     // exact tie, half to even: Java's String.format says 0.13
            "2.675, 2, 2.67",
            "1.0005, 3, 1.000",
            "-0.0001, 3, -0.000", // Python keeps the sign of a small negative
            "-0.0, 3, -0.000",
            "18.666666, 6, 18.666666",
    })
    void fixedPointRoundsTheExactBinaryValueHalfToEven(double value, int digits, String python) {
        assertThat(PythonFormat.fixed(value, digits)).isEqualTo(python);
    }

    @ParameterizedTest
    @CsvSource({"NaN, nan", "Infinity, inf", "-Infinity, -inf"})
    void nonFiniteValuesPrintLikePython(double value, String python) {
        assertThat(PythonFormat.fixed(value, 3)).isEqualTo(python);
    }

    @org.junit.jupiter.api.Test
    void float32ValuesAreFormattedExactly() {
        // the lesson's final numbers, and a diverging W: '{:.3f}'.format(float(np.float32(...)))
        assertThat(PythonFormat.fixed(1.9707825f, 3)).isEqualTo("1.971");
        assertThat(PythonFormat.fixed(0.06641824f, 3)).isEqualTo("0.066");
        assertThat(PythonFormat.fixed(0.0006328357f, 6)).isEqualTo("0.000633");
        assertThat(PythonFormat.fixed(19977409395108610048f, 3)).isEqualTo("19977409395108610048.000");
    }

    @ParameterizedTest(name = "float32 {0} -> {1}")
    @CsvSource({
            "0.1, 0.1",
            "0.3, 0.3",
            "0.33333334, 0.33333334",
            "2, 2.0",
            "16777217, 16777216.0",       // float32 cannot hold 16777217
            "123456789, 123456790.0",
            "-0.0, -0.0",
            "0.0001, 0.0001",
            "0.00001, 1e-05",
            "1e16, 1e+16",
            "3.4028235e38, 3.4028235e+38",
            "1.4e-45, 1e-45",
            "1.9707825, 1.9707825",
            "7.119782e9, 7119782000.0",   // Java 17's Float.toString gives 7.1197819E9 (9 digits)
            "-3.703052e11, -370305200000.0",
    })
    void shortestDecimalThatReadsBackAsTheSameFloat(float value, String python) {
        assertThat(PythonFormat.shortest(value)).isEqualTo(python);
    }
}
