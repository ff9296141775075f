/**
 * Module classes for the host's tests: packaged into jars by the tests and loaded by PF4J from there,
 * in the modules' own class loaders (never used from the test class path directly).
 */
package eu.clus3.core.modules.testmodule;
