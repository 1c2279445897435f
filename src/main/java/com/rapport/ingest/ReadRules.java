package com.rapport.ingest;

import com.rapport.core.DateOrder;
import java.util.Map;

/**
 * What a file's dialect asks of the conversion of its values: the order of date columns
 * written other than ISO (by field index), US postal codes to give back their leading
 * zero, and amounts written with a decimal comma (a file delimited by something else).
 */
record ReadRules(Map<Integer, DateOrder> dateOrders, boolean padUsPostalCodes, boolean decimalComma) {

    static final ReadRules PLAIN = new ReadRules(Map.of(), false, false);
}
