package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.StepSweep.Scheme;
import org.junit.jupiter.api.Test;

class StepSweepTests {
    // f = exp at x = 1: f′ = f″ = f‴ = e, so the truncation errors are known in closed form.
    final StepSweep sweep = StepSweep.of(Math::exp, 1, Math.E);

    @Test
    void truncationErrorIsOrderHForwardAndHSquaredCentred() {
        StepSweep.Row r = sweep.at(1e-2);
        assertEquals(1e-2 / 2, r.error(Scheme.FORWARD_DOUBLE), 1e-4);       // h f″ / 2f′ = h/2
        assertEquals(1e-4 / 6, r.error(Scheme.CENTRED_DOUBLE), 1e-7);       // h² f‴ / 6f′ = h²/6
        assertEquals(1e-3 / 2, sweep.at(1e-3).error(Scheme.FORWARD_DOUBLE), 1e-5);
    }

    @Test
    void roundOffRisesAsTheStepShrinks() {
        assertTrue(sweep.at(1e-12).error(Scheme.CENTRED_DOUBLE) > 1000 * sweep.at(1e-5).error(Scheme.CENTRED_DOUBLE));
        assertEquals(1.0, sweep.at(1e-9).error(Scheme.CENTRED_FLOAT)); // 1 + 1e-9 == 1 in float: the difference is 0
    }

    @Test
    void theBestStepsAreNearTheRootsOfEpsilon() {
        double best = sweep.bestStep(Scheme.CENTRED_DOUBLE);
        assertTrue(best >= 1e-6 && best <= 1e-4, "centred, double: " + best);            // ∛1.1e-16 ≈ 5e-6
        assertTrue(sweep.at(1e-5).error(Scheme.CENTRED_DOUBLE) < 1e-9);
        double bestForward = sweep.bestStep(Scheme.FORWARD_DOUBLE);
        assertTrue(bestForward >= 1e-9 && bestForward <= 1e-7, "forward, double: " + bestForward); // √ε ≈ 1e-8
        double bestFloat = sweep.bestStep(Scheme.CENTRED_FLOAT);
        assertTrue(bestFloat >= 1e-4 && bestFloat <= 3e-2, "centred, float: " + bestFloat);  // ∛6e-8 ≈ 4e-3
        assertTrue(sweep.at(1e-5).error(Scheme.CENTRED_FLOAT) > 1e-4);                      // 1e-5 is too small in float
    }

    @Test
    void theTableHasOneRowPerStep() {
        assertEquals(StepSweep.defaultSteps().length, sweep.table().rowCount());
        assertEquals(5, sweep.table().columnCount());
        assertEquals("centred, double", sweep.table().column(2).name());
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("StepSweep: the exact derivative must be finite and non-zero (the error is relative to it), got 0.0",
                assertThrows(IllegalArgumentException.class, () -> StepSweep.of(Math::cos, 0, 0)).getMessage());
        assertEquals("StepSweep: step h must be positive, got -0.1",
                assertThrows(IllegalArgumentException.class, () -> StepSweep.of(Math::exp, 1, Math.E, new double[] {-0.1}))
                        .getMessage());
        assertEquals("at: h = 0.5 is not one of the sweep's steps",
                assertThrows(IllegalArgumentException.class, () -> sweep.at(0.5)).getMessage());
    }
}
