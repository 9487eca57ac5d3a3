package dev.descentfx.ui.run;

/** What the window's main area shows: the run's plots, or inside one epoch the code, the graph or the formulas. */
public enum Panel {
    PLOTS, CODE, GRAPH, FORMULA
}
