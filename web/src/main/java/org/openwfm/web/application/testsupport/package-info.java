/**
 * Test-only data paths, enabled only when the server's environment sets {@code WFM_TEST_SUPPORT=true} (the
 * integration-test servers do; production servers never should): forecast versions from a Forecast CSV, so the
 * requirements tests do not depend on the forecasting engine's run time.
 */
package org.openwfm.web.application.testsupport;
