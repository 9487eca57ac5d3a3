package dev.descentfx.plot;

import java.awt.geom.Path2D;
import java.util.function.DoubleBinaryOperator;

/**
 * Contour lines of f(u, v) by marching squares. Written by hand because none of the project's
 * libraries draws contours (FXGraphics2D and JFreeSVG only paint), and the method is short:
 * sample f on a grid; in each cell, find where a level crosses the four edges by linear
 * interpolation and join the crossings in pairs.
 */
final class Contours {
    private Contours() {
    }

    /**
     * One path of segments per level, in pixel coordinates: f is sampled on an n × n grid over
     * the pixel rectangle [x0, x1] × [y0, y1]; {@code f} takes pixel coordinates.
     */
    static Path2D.Double[] trace(DoubleBinaryOperator f, double x0, double y0, double x1, double y1, int n,
                                 double[] levels) {
        double[] grid = new double[(n + 1) * (n + 1)];
        for (int j = 0; j <= n; j++) {
            for (int i = 0; i <= n; i++) {
                grid[j * (n + 1) + i] = f.applyAsDouble(x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * j / n);
            }
        }
        Path2D.Double[] paths = new Path2D.Double[levels.length];
        double[] cx = new double[4], cy = new double[4], v = new double[4];
        int[] ci = {0, 1, 1, 0};
        int[] cj = {0, 0, 1, 1};
        for (int k = 0; k < levels.length; k++) {
            Path2D.Double path = new Path2D.Double();
            double level = levels[k];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    // corners anticlockwise from (i, j); edges 0..3 run between consecutive corners
                    v[0] = grid[j * (n + 1) + i];
                    v[1] = grid[j * (n + 1) + i + 1];
                    v[2] = grid[(j + 1) * (n + 1) + i + 1];
                    v[3] = grid[(j + 1) * (n + 1) + i];
                    int found = 0;
                    for (int e = 0; e < 4; e++) {
                        double a = v[e] - level, b = v[(e + 1) % 4] - level;
                        if ((a < 0) != (b < 0) && Double.isFinite(a) && Double.isFinite(b)) {
                            double t = a / (a - b);
                            double gi = i + ci[e] + t * (ci[(e + 1) % 4] - ci[e]);
                            double gj = j + cj[e] + t * (cj[(e + 1) % 4] - cj[e]);
                            cx[found] = x0 + (x1 - x0) * gi / n;
                            cy[found] = y0 + (y1 - y0) * gj / n;
                            found++;
                        }
                    }
                    // 2 crossings: one segment; 4 (a saddle): two, pairing neighbouring edges
                    for (int p = 0; p + 1 < found; p += 2) {
                        path.moveTo(cx[p], cy[p]);
                        path.lineTo(cx[p + 1], cy[p + 1]);
                    }
                }
            }
            paths[k] = path;
        }
        return paths;
    }
}
