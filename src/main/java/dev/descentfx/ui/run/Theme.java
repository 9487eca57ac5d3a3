package dev.descentfx.ui.run;

/** The window's colours: a light projector theme (the default) or a dark one. */
public enum Theme {
    LIGHT, DARK
}
