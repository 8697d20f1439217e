package org.placewise.io.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell of a table read from a CSV or XLSX file. CSV files only ever give {@link Text}; XLSX files give real numbers
 * and dates where the spreadsheet holds them, so nothing is lost to formatting.
 */
public sealed interface Cell {

	/** An empty cell. */
	Cell BLANK = new Blank();

	/** @return whether the cell holds nothing (or only spaces) */
	boolean isBlank();

	/** @return the cell as a person would read it, stripped of surrounding spaces */
	String display();

	/** Text, as typed. */
	record Text(String value) implements Cell {
		@Override
		public boolean isBlank() {
			return value.isBlank();
		}

		@Override
		public String display() {
			return value.strip();
		}
	}

	/** A spreadsheet number, with the decimal places its cell format shows. */
	record Number(BigDecimal value) implements Cell {
		@Override
		public boolean isBlank() {
			return false;
		}

		@Override
		public String display() {
			return value.toPlainString();
		}
	}

	/** A spreadsheet date. */
	record Date(LocalDate value) implements Cell {
		@Override
		public boolean isBlank() {
			return false;
		}

		@Override
		public String display() {
			return value.toString();
		}
	}

	/** A formula whose cached result is an error such as {@code #DIV/0!}. */
	record FormulaError(String code) implements Cell {
		@Override
		public boolean isBlank() {
			return false;
		}

		@Override
		public String display() {
			return code;
		}
	}

	/** Nothing. */
	record Blank() implements Cell {
		@Override
		public boolean isBlank() {
			return true;
		}

		@Override
		public String display() {
			return "";
		}
	}
}
