/** The domain model of OpenWFM: JPA entities and value objects grouped by aggregate. */
package org.openwfm.web.domain.model;
