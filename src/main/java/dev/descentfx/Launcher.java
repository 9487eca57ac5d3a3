package dev.descentfx;

/** Placeholder until the launcher lands. */
public final class Launcher {
    public static void main(String[] args) { }
}
