package io.remoteassist.agent.share;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpdatePacerTest {

    private static final long MS = 1_000_000L;

    @Test
    void aScreenThatKeepsChangingGetsAllItsSlotsEvenWhenEveryWakeUpIsLate() {
        UpdatePacer pacer = new UpdatePacer(30);
        long now = 0;
        int sent = 0;
        // a loop that wakes up 1.2 ms after each slot and is then held up 0.6 ms more: the old fixed delay made
        // that about 29.4 updates per second
        while (true) {
            now += pacer.waitNanos(now) + 1_200_000L;
            now += 600_000L;
            if (now >= 10_000 * MS) {
                break;
            }
            pacer.sent(now);
            sent++;
        }
        assertThat(sent).isEqualTo(300);
    }

    @Test
    void neverMoreThanTheRateWhenUpdatesCouldGoAtOnce() {
        UpdatePacer pacer = new UpdatePacer(30);
        long now = 0;
        int sent = 0;
        while (true) {
            now += pacer.waitNanos(now);
            if (now >= 10_000 * MS) {
                break;
            }
            pacer.sent(now);
            sent++;
        }
        // the slots of ten seconds, from 0 s to 9.9999 s
        assertThat(sent).isEqualTo(301);
    }

    @Test
    void afterAnIdleStretchTheFirstChangeGoesAtOnceAndTheNextOneAPeriodLater() {
        UpdatePacer pacer = new UpdatePacer(30);
        pacer.sent(0);
        long later = 5_000 * MS;

        assertThat(pacer.waitNanos(later)).isZero();
        pacer.sent(later);

        assertThat(pacer.waitNanos(later)).isEqualTo(pacer.periodNanos());
        assertThat(pacer.waitNanos(later + 10 * MS)).isEqualTo(pacer.periodNanos() - 10 * MS);
    }

    @Test
    void aLateSlotShortensOnlyTheNextWait() {
        UpdatePacer pacer = new UpdatePacer(25);
        pacer.sent(0);
        pacer.sent(40 * MS + 15 * MS);

        assertThat(pacer.waitNanos(55 * MS)).isEqualTo(25 * MS);
        pacer.sent(80 * MS);
        assertThat(pacer.waitNanos(80 * MS)).isEqualTo(40 * MS);
    }

    @Test
    void theFirstUpdateNeedsNoWait() {
        assertThat(new UpdatePacer(10).waitNanos(123)).isZero();
    }

    @Test
    void aRateOfZeroIsRefused() {
        assertThatThrownBy(() -> new UpdatePacer(0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("fps");
    }
}
