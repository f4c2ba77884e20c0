/**
 * Background jobs: long runs started by users execute on the server's managed executor, report progress, can be
 * cancelled, and are persisted so that they survive page reloads and are marked failed if the server stops.
 */
package org.openwfm.web.application.job;
