package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

import java.math.BigDecimal;

/** oVirt's {@code Value}: a number in {@code datum}, or, for a string statistic, text in {@code detail}. */
public class StatisticValue {

    @XmlElement
    private BigDecimal datum;
    @XmlElement
    private String detail;

    public BigDecimal getDatum() {
        return datum;
    }

    public void setDatum(BigDecimal datum) {
        this.datum = datum;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }
}
