/**
 * The running platform: its configuration from the environment, the start-up sequence (migrations,
 * first administrator, demo data) and what it says about itself ({@code /api/platform}).
 */
package eu.clus3.core.platform;
