package dev.descentfx.lesson;

/** A number of the run on screen that a step's text, question or claim can name. */
public enum Quantity {
    /** W of the record on screen. */
    W,
    /** b of the record on screen. */
    B,
    /** The cost of the record on screen. */
    COST,
    /** W.grad (∇W) of the record on screen. */
    GRAD_W,
    /** b.grad of the record on screen. */
    GRAD_B,
    /** W after the next step: W − α∇W for SGD without momentum. */
    NEXT_W,
    /** The cost after the next step. */
    NEXT_COST,
    /** The learning rate α. */
    ALPHA,
    /** The critical α: at or above it the steps grow. */
    CRITICAL_ALPHA,
    /** The epoch on screen. */
    EPOCH
}
