package com.rapport.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses YYYY-MM, saying what is wrong when it is not. */
final class MonthConverter implements ITypeConverter<YearMonth> {

    @Override
    public YearMonth convert(String value) {
        try {
            if (!value.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("", value, 0);
            }
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a month; write it as YYYY-MM, e.g. 2026-10");
        }
    }
}
