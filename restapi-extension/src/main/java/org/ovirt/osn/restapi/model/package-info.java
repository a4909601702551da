/**
 * The REST representations, shaped exactly like oVirt's v4 API model: snake_case element names, only {@code id} and
 * {@code href} as XML attributes. JAXB renders XML; JSON-B (snake_case naming) renders the same classes as JSON.
 */
@XmlAccessorType(XmlAccessType.FIELD)
package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
