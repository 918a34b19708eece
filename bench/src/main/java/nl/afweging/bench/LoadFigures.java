package nl.afweging.bench;

/** Loading the default rule set: first load in a fresh JVM, a second load in the same JVM, heap held after it. */
public record LoadFigures(double coldLoadMs, double warmLoadMs, double heapAfterLoadMb) {}
