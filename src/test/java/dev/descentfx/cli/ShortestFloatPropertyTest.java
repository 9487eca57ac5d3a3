package dev.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** For any float32: the shortest decimal reads back as that float, and Java's own is never shorter. */
class ShortestFloatPropertyTest {

    @Property
    void shortestReadsBackAndIsNoLongerThanJavasOwn(@ForAll float value) {
        if (!Float.isFinite(value)) {
            return;
        }
        String text = PythonFormat.shortest(value);
        assertThat(Float.parseFloat(text)).isEqualTo(value);
        assertThat(significantDigits(text)).isLessThanOrEqualTo(significantDigits(Float.toString(value)));
    }

    private static int significantDigits(String text) {
        return new BigDecimal(text).stripTrailingZeros().precision();
    }
}
