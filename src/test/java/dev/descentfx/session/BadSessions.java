package dev.descentfx.session;

import java.util.LinkedHashMap;
import java.util.Map;

/** A corpus of session files that must not open: each a name and its whole text. */
final class BadSessions {
    private BadSessions() {
    }

    /** A good session: the lesson trained to 5 epochs, α 0.1 from epoch 2, epoch 3 on screen. */
    static final String GOOD = """
            {
              "format" : "descentfx-session",
              "version" : 1,
              "data" : {
                "features" : [ "x" ],
                "target" : "y",
                "x" : [ [ 1.0 ], [ 2.0 ], [ 3.0 ] ],
                "y" : [ 2.0, 4.0, 6.0 ]
              },
              "settings" : {
                "initialW" : [ 0.0 ],
                "initialB" : 0.0,
                "bias" : true,
                "learningRate" : 0.01,
                "gradient" : "autograd",
                "optimizer" : {
                  "name" : "sgd",
                  "momentum" : 0.0,
                  "dampening" : 0.0,
                  "nesterov" : false,
                  "weightDecay" : 0.0
                },
                "zeroGrad" : true,
                "split" : {
                  "kind" : "none"
                }
              },
              "changes" : [ { "epoch" : 2, "learningRate" : 0.1, "gradient" : "autograd", "zeroGrad" : true } ],
              "trainedTo" : 5,
              "epoch" : 3,
              "runTo" : 1000,
              "window" : {
                "language" : "en",
                "panel" : "plots",
                "zoomPercent" : 100,
                "theme" : "light",
                "sidePanelHidden" : false,
                "maximised" : "none",
                "speed" : 2.0,
                "logCost" : false,
                "legend" : false
              }
            }
            """;

    static Map<String, String> all() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("empty", "");
        bad.put("blank", "  \n\t\n");
        bad.put("unknown-optimizer", GOOD.replace("\"name\" : \"sgd\"", "\"name\" : \"rmsprop\""));
        bad.put("split-of-another-size", GOOD.replace("\"kind\" : \"none\"", "\"kind\" : \"column\", \"test\" : [ true, false ]"));
        bad.put("corrupt", GOOD.replace("\"bias\" : true,", "\"bias\" : tru@e,"));
        bad.put("binary", "\u0000\u0001PK\u0003\u0004 not json");
        bad.put("truncated", GOOD.substring(0, GOOD.length() / 2));
        bad.put("not-an-object", "[ 1, 2, 3 ]");
        bad.put("another-json", "{ \"name\" : \"my notes\", \"items\" : [ 1, 2 ] }");
        bad.put("wrong-version", GOOD.replace("\"version\" : 1,", "\"version\" : 2,"));
        bad.put("no-version", GOOD.replace("\"version\" : 1,", ""));
        bad.put("huge-array", GOOD.replace("\"y\" : [ 2.0, 4.0, 6.0 ]",
                "\"y\" : [ " + "0, ".repeat(SessionFile.MAX_VALUES) + "0 ]"));
        bad.put("nan", GOOD.replace("\"initialB\" : 0.0,", "\"initialB\" : NaN,"));
        bad.put("nan-in-quotes", GOOD.replace("\"initialB\" : 0.0,", "\"initialB\" : \"NaN\","));
        bad.put("infinite-float", GOOD.replace("\"y\" : [ 2.0, 4.0, 6.0 ]", "\"y\" : [ 2.0, 4e39, 6.0 ]"));
        bad.put("infinite-rate", GOOD.replace("\"learningRate\" : 0.01,", "\"learningRate\" : 1e999,"));
        bad.put("deep-nesting", GOOD.replace("\"legend\" : false", "\"legend\" : " + "[".repeat(5000) + "]".repeat(5000)));
        bad.put("long-text", GOOD.replace("\"target\" : \"y\",", "\"target\" : \"" + "y".repeat(20_000) + "\","));
        bad.put("long-number", GOOD.replace("\"initialB\" : 0.0,", "\"initialB\" : 0." + "1".repeat(500) + ","));
        bad.put("wrong-type-boolean", GOOD.replace("\"bias\" : true,", "\"bias\" : \"yes\","));
        bad.put("wrong-type-epoch", GOOD.replace("\"epoch\" : 3,", "\"epoch\" : 3.5,"));
        bad.put("wrong-type-rows", GOOD.replace("\"x\" : [ [ 1.0 ], [ 2.0 ], [ 3.0 ] ],", "\"x\" : [ 1.0, 2.0, 3.0 ],"));
        bad.put("wrong-type-data", GOOD.replace("\"y\" : [ 2.0, 4.0, 6.0 ]", "\"y\" : [ 2.0, \"four\", 6.0 ]"));
        bad.put("null-field", GOOD.replace("\"target\" : \"y\",", "\"target\" : null,"));
        bad.put("missing-field", GOOD.replace("\"runTo\" : 1000,", ""));
        bad.put("unknown-field", GOOD.replace("\"zeroGrad\" : true,\n", "\"zeroGrad\" : true,\n    \"scheduler\" : \"cosine\",\n"));
        bad.put("duplicate-field", GOOD.replace("\"epoch\" : 3,", "\"epoch\" : 3,\n  \"epoch\" : 4,"));
        bad.put("trailing", GOOD + "{ }");
        bad.put("unequal-data", GOOD.replace("\"y\" : [ 2.0, 4.0, 6.0 ]", "\"y\" : [ 2.0, 4.0 ]"));
        bad.put("wrong-w-count", GOOD.replace("\"initialW\" : [ 0.0 ],", "\"initialW\" : [ 0.0, 1.0 ],"));
        bad.put("negative-rate", GOOD.replace("\"learningRate\" : 0.01,", "\"learningRate\" : -0.01,"));
        bad.put("unknown-gradient", GOOD.replace("\"gradient\" : \"autograd\",", "\"gradient\" : \"adam\","));
        bad.put("epoch-beyond-trained", GOOD.replace("\"epoch\" : 3,", "\"epoch\" : 6,"));
        bad.put("huge-training", GOOD.replace("\"trainedTo\" : 5,", "\"trainedTo\" : 2000000000,"));
        bad.put("change-out-of-order", GOOD.replace("\"changes\" : [ { \"epoch\" : 2,", "\"changes\" : [ { \"epoch\" : 9,"));
        bad.put("unknown-language", GOOD.replace("\"language\" : \"en\",", "\"language\" : \"fr\","));
        bad.put("unknown-theme", GOOD.replace("\"theme\" : \"light\",", "\"theme\" : \"neon\","));
        bad.put("unknown-panel", GOOD.replace("\"panel\" : \"plots\",", "\"panel\" : \"sideways\","));
        bad.put("null-in-list", GOOD.replace("\"features\" : [ \"x\" ],", "\"features\" : [ null ],"));
        bad.put("null-row", GOOD.replace("\"x\" : [ [ 1.0 ], [ 2.0 ], [ 3.0 ] ],", "\"x\" : [ [ 1.0 ], null, [ 3.0 ] ],"));
        bad.put("null-change", GOOD.replace("\"changes\" : [ {", "\"changes\" : [ null, {"));
        bad.put("version-as-text", GOOD.replace("\"version\" : 1,", "\"version\" : \"1\","));
        bad.put("epoch-beyond-int", GOOD.replace("\"epoch\" : 3,", "\"epoch\" : 99999999999,"));
        return bad;
    }

    public static void main(String[] args) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("bad");
        for (Map.Entry<String, String> e : all().entrySet()) {
            java.nio.file.Path f = dir.resolve(e.getKey() + ".descentfx");
            java.nio.file.Files.writeString(f, e.getValue());
            try {
                Session s = SessionFile.read(f);
                System.out.println(e.getKey() + " OPENED " + s.view());
            } catch (SessionProblem p) {
                System.out.println(e.getKey() + " | " + p.getMessage().replace(dir + "/", ""));
            }
        }
    }
}
