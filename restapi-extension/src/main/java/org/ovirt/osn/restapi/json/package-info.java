/** JSON rendering settings for the REST model. */
package org.ovirt.osn.restapi.json;
