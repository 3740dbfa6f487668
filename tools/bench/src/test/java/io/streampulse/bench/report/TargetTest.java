package io.streampulse.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void aFloorIsMetAtOrAboveIt() {
        Target floor = Target.atLeast(99);

        assertThat(new boolean[] {floor.metBy(99), floor.metBy(99.5), floor.metBy(98.99), floor.metBy(Double.NaN)})
            .containsExactly(true, true, false, false);
        assertThat(floor.ratio(99.99)).isEqualTo(1.01, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aCeilingIsMetAtOrBelowIt() {
        Target ceiling = Target.atMost(66);

        assertThat(new boolean[] {ceiling.metBy(60.1), ceiling.metBy(66), ceiling.metBy(66.01)})
            .containsExactly(true, true, false);
    }

    @Test
    void withinMeansBothSidesOfTheCentre() {
        // Given 60 s within 10 %
        Target within = Target.within(60, 0.1);

        // Then 54..66 meet it, 53.9 and 66.1 do not
        assertThat(new boolean[] {within.metBy(54), within.metBy(66), within.metBy(53.9), within.metBy(66.1)})
            .containsExactly(true, true, false, false);
        assertThat(within.ratio(63)).isEqualTo(1.05);
    }

    @Test
    void aZeroTargetHasNoRatioButCanBeMet() {
        Target none = Target.atMost(0);

        assertThat(none.metBy(0)).isTrue();
        assertThat(none.metBy(1)).isFalse();
        assertThat(none.ratio(0)).isNaN();
    }

    @Test
    void toleranceIsOnlyForWithin() {
        assertThatThrownBy(() -> new Target(Target.Kind.AT_LEAST, 1, 0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
