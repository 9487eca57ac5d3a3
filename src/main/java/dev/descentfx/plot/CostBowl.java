package dev.descentfx.plot;

import dev.descentfx.training.CostSurface;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/**
 * The contour lines of cost(W, b) as shapes. The cost is a quadratic bowl about its minimum
 * (see {@link CostSurface}), {@code cost = cost* + dᵀ A d} with d = (W − W*, b − b*), so the line
 * cost = level is an ellipse with semi-axes √((level − cost*)/λ) along A's principal axes
 * ({@link CostSurface#principalAxes()}). Drawing these exact ellipses needs no grid and no
 * contouring library (none of the project's libraries contours), and is smooth at any size.
 * Without a bias one eigenvalue is 0 and each ellipse opens into two parallel lines.
 */
final class CostBowl {
    private CostBowl() {
    }

    /**
     * The contour line cost = {@code level} in data coordinates (W across, b up), or null if
     * it is empty. {@code reach} bounds the length of the straight lines of the open case.
     */
    static Shape contour(CostSurface surface, double level, double reach) {
        double[] minimum = surface.minimum(), axes = surface.principalAxes();
        double big = axes[0], small = axes[1];
        double excess = level - surface.leastCost();
        if (!(excess > 0) || !(big > 0) || !Double.isFinite(excess)
                || !Double.isFinite(minimum[0]) || !Double.isFinite(minimum[1])) {
            return null;
        }
        AffineTransform place = AffineTransform.getTranslateInstance(minimum[0], minimum[1]);
        place.rotate(axes[2]);
        double r1 = Math.sqrt(excess / big);
        if (small > big * 1e-9) {
            double r2 = Math.sqrt(excess / small);
            return place.createTransformedShape(new Ellipse2D.Double(-r1, -r2, 2 * r1, 2 * r2));
        }
        Path2D.Double lines = new Path2D.Double();
        lines.moveTo(-r1, -reach);
        lines.lineTo(-r1, reach);
        lines.moveTo(r1, -reach);
        lines.lineTo(r1, reach);
        return place.createTransformedShape(lines);
    }

    /** The map from data (W, b) to the pixels of {@code axes}. */
    static AffineTransform toPixels(Axes axes) {
        double sx = (axes.right - axes.left) / axes.x.span(), sy = (axes.bottom - axes.top) / axes.y.span();
        return new AffineTransform(sx, 0, 0, -sy, axes.left - axes.x.min() * sx, axes.bottom + axes.y.min() * sy);
    }
}
