/** The OpenWFM web application: domain, application services, infrastructure and the portal and REST interfaces. */
package org.openwfm.web;
