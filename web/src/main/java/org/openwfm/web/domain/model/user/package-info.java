/** Users of the portal and the REST API, their roles and preferred language. */
package org.openwfm.web.domain.model.user;
