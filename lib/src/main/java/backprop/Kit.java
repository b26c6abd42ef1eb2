package backprop;

/** What a notebook's first cell prints: which kit and which Java it runs on. */
public final class Kit {
    public static final String VERSION = "0.1.0";

    private Kit() {}

    /** One line, e.g. "backprop kit 0.1.0 · Java 17.0.15 · 1024 MB heap". */
    public static String about() {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "backprop kit " + VERSION + " · Java " + System.getProperty("java.version") + " · " + mb + " MB heap";
    }
}
