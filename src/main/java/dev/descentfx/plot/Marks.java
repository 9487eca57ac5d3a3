package dev.descentfx.plot;

import dev.descentfx.training.Dataset;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The data points a scatter draws, so that a million points cost a frame no more than a few thousand
 * marks. Up to {@value #CAP} points every one is drawn. Beyond, the data's bounding box is cut into a
 * grid of square-ish cells, 1,024 a side at the finest and halved until at most {@value #CAP} cells
 * hold a point, and each of those cells draws one point (the first in the data's order). A point alone
 * in its cell (an outlier) is therefore always drawn, every shape the data make keeps its outline to
 * within a cell, and the points of least and greatest x and of least and greatest y are drawn whatever
 * their cell. The window, PNG, SVG and the command line's export draw through this one choice.
 *
 * <p>The choice depends on the data alone, not on the axes (which move with the line while it
 * trains), so it is made once per data set: {@link #of} remembers the last few data sets it was asked
 * about, by identity. It also gives the data's exact extent, which the axes take.
 */
public final class Marks {
    /** The most marks a scatter draws. */
    public static final int CAP = 4000;
    /** Cells a side of the finest grid (a cell is well under a pixel of any plot at that size). */
    static final int FINEST = 1024;
    private static final int REMEMBERED = 4;
    private static final Object[][] CACHE = new Object[REMEMBERED][];   // {WeakReference<Dataset>, Marks}
    private static int next;

    /** The most residuals a crowd draws besides those of its points that stand alone. */
    static final int RESIDUALS = 300;

    private final int[] shown;
    private final int[] residuals;   // the drawn points whose residual is drawn, in the data's order
    private final int cells;   // cells a side of the grid the marks were chosen on; 0 when every point is drawn
    private final Range x;
    private final Range y;

    private Marks(int[] shown, int[] residuals, int cells, Range x, Range y) {
        this.shown = shown;
        this.residuals = residuals;
        this.cells = cells;
        this.x = x;
        this.y = y;
    }

    /** The marks of {@code data} (computed once per data set, then remembered). */
    public static Marks of(Dataset data) {
        synchronized (CACHE) {
            for (Object[] entry : CACHE) {
                if (entry != null && ((WeakReference<?>) entry[0]).get() == data) {
                    return (Marks) entry[1];
                }
            }
        }
        Marks m = data.size() <= CAP ? every(data) : thinned(data);
        synchronized (CACHE) {
            CACHE[next] = new Object[] {new WeakReference<>(data), m};
            next = (next + 1) % REMEMBERED;
        }
        return m;
    }

    /** Every point of {@code data}, however many (a picture to compare with, not for a frame). */
    public static Marks every(Dataset data) {
        int[] all = new int[data.size()];
        Arrays.setAll(all, i -> i);
        float[] extent = extent(data);
        return new Marks(all, all, 0, range(extent[0], extent[1]), range(extent[2], extent[3]));
    }

    /** True when a scatter of {@code data} is a crowd: more than {@value #CAP} points, drawn without rings. */
    public static boolean crowded(Dataset data) {
        return data.size() > CAP;
    }

    /** How many points are drawn. */
    public int size() {
        return shown.length;
    }

    /** The k-th drawn point's index in the data (in the data's order). */
    public int index(int k) {
        return shown[k];
    }

    /** How many of the drawn points have their residual drawn. */
    public int residuals() {
        return residuals.length;
    }

    /**
     * The k-th point (an index in the data) whose residual is drawn: every drawn point's up to {@value #CAP};
     * in a crowd, each point's that stands alone (no drawn point in the cells around it: an outlier, the
     * sparse edge) and an even sample of the others, {@value #RESIDUALS} at most, where thousands of
     * dashes would only paint the space between the cloud and the line.
     */
    public int residual(int k) {
        return residuals[k];
    }

    /** Cells a side of the grid the points were chosen on, or 0 when every point is drawn. */
    public int cells() {
        return cells;
    }

    /** The least and greatest x of all the data (not only of the drawn points). */
    public Range x() {
        return x;
    }

    /** The least and greatest y of all the data. */
    public Range y() {
        return y;
    }

    private static Marks thinned(Dataset d) {
        int n = d.size();
        float[] e = extent(d);
        float minX = e[0], minY = e[2];
        double sx = cellsPer(e[0], e[1]), sy = cellsPer(e[2], e[3]);
        int[] fine = new int[n];   // each point's cell of the finest grid, column × FINEST + row
        BitSet occupied = new BitSet(FINEST * FINEST);
        int[] extremes = new int[4];   // least x, greatest x, least y, greatest y: their first points
        for (int i = 0; i < n; i++) {
            float px = d.x(i, 0), py = d.y(i);
            int cx = Math.min(FINEST - 1, (int) (((double) px - minX) * sx));
            int cy = Math.min(FINEST - 1, (int) (((double) py - minY) * sy));
            fine[i] = cx * FINEST + cy;
            occupied.set(fine[i]);
            extremes[0] = px < d.x(extremes[0], 0) ? i : extremes[0];
            extremes[1] = px > d.x(extremes[1], 0) ? i : extremes[1];
            extremes[2] = py < d.y(extremes[2]) ? i : extremes[2];
            extremes[3] = py > d.y(extremes[3]) ? i : extremes[3];
        }
        int side = FINEST, shift = 0;
        while (occupied.cardinality() > CAP - extremes.length && side > 1) {
            occupied = halved(occupied, side);
            side /= 2;
            shift++;
        }
        BitSet taken = new BitSet(side * side);
        BitSet chosen = new BitSet(n);
        for (int i = 0; i < n; i++) {
            int cell = (fine[i] / FINEST >> shift) * side + (fine[i] % FINEST >> shift);
            if (!taken.get(cell)) {
                taken.set(cell);
                chosen.set(i);
            }
        }
        for (int i : extremes) {
            chosen.set(i);
        }
        int[] shown = chosen.stream().toArray();
        return new Marks(shown, residuals(shown, fine, shift, side, taken), side, range(e[0], e[1]), range(e[2], e[3]));
    }

    // the points whose residual a crowd draws: those alone in their 3 × 3 cells, and every k-th of the others
    private static int[] residuals(int[] shown, int[] fine, int shift, int side, BitSet taken) {
        BitSet alone = new BitSet(shown.length);
        for (int k = 0; k < shown.length; k++) {
            int cx = fine[shown[k]] / FINEST >> shift, cy = fine[shown[k]] % FINEST >> shift;
            boolean neighbour = false;
            for (int dx = -1; dx <= 1 && !neighbour; dx++) {
                for (int dy = -1; dy <= 1 && !neighbour; dy++) {
                    int x = cx + dx, y = cy + dy;
                    neighbour = (dx != 0 || dy != 0) && x >= 0 && y >= 0 && x < side && y < side && taken.get(x * side + y);
                }
            }
            alone.set(k, !neighbour);
        }
        int others = shown.length - alone.cardinality(), every = Math.max(1, (others + RESIDUALS - 1) / RESIDUALS);
        int[] out = new int[shown.length];
        int count = 0, seen = 0;
        for (int k = 0; k < shown.length; k++) {
            if (alone.get(k) || seen++ % every == 0) {
                out[count++] = shown[k];
            }
        }
        return Arrays.copyOf(out, count);
    }

    // the occupied cells of a grid `side` cells a side, on the grid of half as many a side (2 × 2 cells in one)
    private static BitSet halved(BitSet occupied, int side) {
        int half = side / 2;
        BitSet out = new BitSet(half * half);
        for (int c = occupied.nextSetBit(0); c >= 0; c = occupied.nextSetBit(c + 1)) {
            int col = c / FINEST, row = c % FINEST;   // cells are numbered on the finest grid's layout
            out.set((col / 2) * FINEST + row / 2);
        }
        return out;
    }

    // cells of the finest grid per unit of the data (a span of 0 puts every point in the first cell)
    private static double cellsPer(float min, float max) {
        double span = (double) max - min;
        return span > 0 ? FINEST / span : 0;
    }

    // least and greatest x, then least and greatest y
    private static float[] extent(Dataset d) {
        float[] e = {Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        for (int i = 0; i < d.size(); i++) {
            float px = d.x(i, 0), py = d.y(i);
            e[0] = Math.min(e[0], px);
            e[1] = Math.max(e[1], px);
            e[2] = Math.min(e[2], py);
            e[3] = Math.max(e[3], py);
        }
        return e;
    }

    private static Range range(float min, float max) {
        return new Range(min, max);   // may be a single value: the axes pad it
    }
}
