/**
 * Integration tests on a real Open Liberty with the real EAR: REST calls over HTTP and browser tests in
 * Chromium, against MariaDB/MySQL and against the embedded H2 default.
 */
package org.openwfm.it;
