package eu.clus3.core.demo;

/**
 * One part of the demo data. Each feature adds its own part as a CDI bean; parts run in
 * {@link #order()} inside one transaction, after the people they refer to exist.
 */
public interface DemoDataSet {

    int order();

    void fill(DemoContext context);
}
