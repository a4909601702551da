package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** The API root ({@code <api>}), with links to the collections this module serves. */
@XmlRootElement(name = "api")
public class Api {

    @XmlElement(name = "link")
    private List<Link> link = new ArrayList<>();

    @XmlElement(name = "product_info")
    private ProductInfo productInfo;

    public List<Link> getLink() {
        return link;
    }

    public void setLink(List<Link> link) {
        this.link = link;
    }

    public ProductInfo getProductInfo() {
        return productInfo;
    }

    public void setProductInfo(ProductInfo productInfo) {
        this.productInfo = productInfo;
    }

    /** {@code <product_info><name/><vendor/><version>…</version></product_info>}. */
    public static class ProductInfo {
        @XmlElement
        private String name;
        @XmlElement
        private String vendor;
        @XmlElement
        private Version version;

        public ProductInfo() {
        }

        public ProductInfo(String name, String vendor, Version version) {
            this.name = name;
            this.vendor = vendor;
            this.version = version;
        }

        public Version getVersion() {
            return version;
        }

        public void setVersion(Version version) {
            this.version = version;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getVendor() {
            return vendor;
        }

        public void setVendor(String vendor) {
            this.vendor = vendor;
        }
    }

    /**
     * oVirt's {@code <version>}: {@code full_version} as built (e.g. {@code 1.0.0-SNAPSHOT}) and its leading numbers
     * as {@code major}, {@code minor}, {@code build} and {@code revision} (0 when the version has fewer).
     */
    public static class Version {
        @XmlElement
        private Integer build;
        @XmlElement(name = "full_version")
        private String fullVersion;
        @XmlElement
        private Integer major;
        @XmlElement
        private Integer minor;
        @XmlElement
        private Integer revision;

        public Version() {
        }

        public Version(String fullVersion, int major, int minor, int build, int revision) {
            this.fullVersion = fullVersion;
            this.major = major;
            this.minor = minor;
            this.build = build;
            this.revision = revision;
        }

        public Integer getBuild() {
            return build;
        }

        public String getFullVersion() {
            return fullVersion;
        }

        public Integer getMajor() {
            return major;
        }

        public Integer getMinor() {
            return minor;
        }

        public Integer getRevision() {
            return revision;
        }
    }
}
