package dev.descentfx.plot;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/**
 * The contour lines of cost(W, b), in closed form. The mean squared error of a line is a
 * quadratic in (W, b):
 * <pre>cost(W, b) = cost* + dᵀ A d,  d = (W − W*, b − b*),  A = (1/m) [[Σx², Σx], [Σx, m]]</pre>
 * so the line cost = level is an ellipse about the minimum with semi-axes √((level − cost*)/λ)
 * along A's eigenvectors. Drawing these exact ellipses needs no grid and no contouring library
 * (none of the project's libraries contours), and is smooth at any size. Without a bias (or if x
 * never varies) one eigenvalue is 0 and each ellipse opens into two parallel lines.
 */
final class CostBowl {
    private CostBowl() {
    }

    /**
     * The contour line cost = {@code level} in data coordinates (W across, b up), or null if
     * it is empty. {@code reach} bounds the length of the straight lines of the open case.
     */
    static Shape contour(PlotFrame f, double[] minimum, double level, double reach) {
        double m = f.data().size(), sxx = 0, sx = 0;
        for (int i = 0; i < f.data().size(); i++) {
            double x = f.data().x(i, 0);
            sxx += x * x;
            sx += x;
        }
        double a = sxx / m, c = f.bias() ? 1 : 0, off = f.bias() ? sx / m : 0;
        // eigenvalues of the symmetric 2×2 [[a, off], [off, c]], largest first, and the angle of the first axis
        double mean = (a + c) / 2, radius = Math.hypot((a - c) / 2, off);
        double big = mean + radius, small = mean - radius;
        double angle = 0.5 * Math.atan2(2 * off, a - c);
        double excess = level - f.costAt(minimum[0], minimum[1]);
        if (!(excess > 0) || !(big > 0) || !Double.isFinite(excess)) {
            return null;
        }
        AffineTransform place = AffineTransform.getTranslateInstance(minimum[0], minimum[1]);
        place.rotate(angle);
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
