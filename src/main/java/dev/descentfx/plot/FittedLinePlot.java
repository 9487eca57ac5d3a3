package dev.descentfx.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;

/** STAND-IN on branch ui until the plot branch lands (its version replaces this file on merge). */
public final class FittedLinePlot implements Plot {
    @Override
    public String name() {
        return "fitted-line";
    }

    @Override
    public void draw(Graphics2D g, double width, double height, PlotFrame frame) {
        g.setColor(Color.WHITE);
        g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        g.setColor(Color.BLUE);
        double x = width / 2 + Math.max(-width / 2, Math.min(width / 2, frame.w() * width / 5));
        g.fill(new Ellipse2D.Double(x - 8, height / 2 - 8, 16, 16));
        g.drawString("fitted-line stand-in, W = " + frame.w(), 10, 20);
    }
}
