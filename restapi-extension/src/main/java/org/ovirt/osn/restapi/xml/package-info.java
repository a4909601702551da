/** XML binding settings of the REST model: how JAXB reads request bodies. */
package org.ovirt.osn.restapi.xml;
