/** Helpers of the integration tests: the deployment, an HTTP client with Basic credentials, the browser. */
package org.openwfm.it.support;
