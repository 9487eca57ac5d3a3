package dev.descentfx.autograd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable picture of the computational graph behind a tensor, micrograd's {@code draw_dot}
 * as data: every tensor that led to the root, with its value and its gradient at the moment the
 * picture was taken. A view draws this, never the live tensors (which the next step changes).
 *
 * @param nodes         inputs before the tensors computed from them (a topological order); the root last
 * @param backwardOrder indices into {@code nodes} in the order {@link Tensor#backward()} completes their
 *                      gradients: each computed tensor when backward reaches it (root first), each leaf
 *                      that requires grad as soon as its gradient arrives
 * @param completed     how many of {@code backwardOrder} have their gradient from this backward in the
 *                      picture: all of them, or fewer in a picture of backward half-way ({@link #partway})
 */
public record Graph(List<Node> nodes, List<Integer> backwardOrder, int completed) {

    /**
     * One tensor of the graph.
     *
     * @param name   the lesson's name for it ({@code W}, {@code hypothesis}, …) or its operation
     * @param op     "leaf", or the operation that computed it ("mul", "add", "sub", "pow", "mean", …)
     * @param inputs indices of the nodes it was computed from, in argument order
     * @param value  its values, row-major
     * @param grad   its gradient (null: none yet, PyTorch's None)
     */
    public record Node(String name, String op, int[] shape, List<Integer> inputs, float[] value, float[] grad,
                       boolean requiresGrad) {
        public Node {
            shape = shape.clone();
            inputs = List.copyOf(inputs);
            value = value.clone();
            grad = grad == null ? null : grad.clone();
        }

        @Override
        public float[] value() {
            return value.clone();
        }

        @Override
        public float[] grad() {
            return grad == null ? null : grad.clone();
        }

        @Override
        public int[] shape() {
            return shape.clone();
        }

        public boolean isLeaf() {
            return op.equals("leaf");
        }
    }

    public Graph {
        nodes = List.copyOf(nodes);
        backwardOrder = List.copyOf(backwardOrder);
        completed = Math.max(0, Math.min(completed, backwardOrder.size()));
    }

    public Graph(List<Node> nodes, List<Integer> backwardOrder) {
        this(nodes, backwardOrder, backwardOrder.size());
    }

    /**
     * This graph as backward() has it after completing the first {@code visited} gradients of
     * {@link #backwardOrder}: those have their gradient from this picture, the others still the one
     * they had in {@code before} (the same graph before backward; none if it is null).
     */
    public Graph partway(int visited, Graph before) {
        int k = Math.max(0, Math.min(visited, backwardOrder.size()));
        List<Integer> done = backwardOrder.subList(0, k);
        boolean same = before != null && before.nodes.size() == nodes.size();
        List<Node> out = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            float[] grad = done.contains(i) ? n.grad() : same ? before.nodes.get(i).grad() : null;
            out.add(new Node(n.name(), n.op(), n.shape(), n.inputs(), n.value(), grad, n.requiresGrad()));
        }
        return new Graph(out, backwardOrder, k);
    }

    /**
     * The graph behind {@code root} as it is now. {@code names} gives the lesson's names of some
     * tensors (compared by identity); the others are named by their operation.
     */
    public static Graph of(Tensor root, Map<Tensor, String> names) {
        Map<Tensor, String> named = new IdentityHashMap<>(names);
        List<Tensor> order = new ArrayList<>();
        sort(root, Collections.newSetFromMap(new IdentityHashMap<>()), order);
        Map<Tensor, Integer> index = new IdentityHashMap<>();
        List<Node> nodes = new ArrayList<>(order.size());
        for (Tensor t : order) {
            List<Integer> inputs = new ArrayList<>();
            for (Tensor in : t.inputs()) {
                inputs.add(index.get(in));
            }
            index.put(t, nodes.size());
            nodes.add(new Node(named.getOrDefault(t, t.op()), t.op(), t.shape(), inputs, t.toArray(), t.gradValues(),
                    t.requiresGrad()));
        }
        // backward() walks the computed tensors from the root down; a leaf's gradient arrives when its user is walked
        List<Integer> visits = new ArrayList<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            Tensor t = order.get(i);
            if (t.isLeaf() || !t.requiresGrad()) {
                continue;
            }
            visits.add(i);
            for (Tensor in : t.inputs()) {
                int j = index.get(in);
                if (in.isLeaf() && in.requiresGrad() && !visits.contains(j)) {
                    visits.add(j);
                }
            }
        }
        return new Graph(nodes, visits);
    }

    private static void sort(Tensor t, java.util.Set<Tensor> seen, List<Tensor> order) {
        if (seen.add(t)) {
            for (Tensor in : t.inputs()) {
                sort(in, seen, order);
            }
            order.add(t);
        }
    }

    /** The node named {@code name}, or null. */
    public Node node(String name) {
        for (Node n : nodes) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        return null;
    }
}
