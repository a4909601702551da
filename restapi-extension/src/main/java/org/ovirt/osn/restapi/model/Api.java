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

    /** {@code <product_info><name/><vendor/></product_info>}. */
    public static class ProductInfo {
        @XmlElement
        private String name;
        @XmlElement
        private String vendor;

        public ProductInfo() {
        }

        public ProductInfo(String name, String vendor) {
            this.name = name;
            this.vendor = vendor;
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
}
