package org.caretwin.lang.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Numbers written as a modeller writes them: a value the diagram or a quick fix puts into the text reads
 * {@code 30 min} and {@code 12.5%}, not {@code 30.0 min}, and never in exponent form, which the grammar cannot read.
 */
public class CareValueConverters extends DefaultTerminalConverters {

	private static final IValueConverter<Double> NUMBER = new IValueConverter<>() {
		@Override
		public Double toValue(String string, INode node) {
			try {
				return Double.valueOf(string.strip());
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + string + "' is not a number", node, e);
			}
		}

		@Override
		public String toString(Double value) {
			if (value == null || value.isNaN() || value.isInfinite() || value < 0) {
				throw new ValueConverterException("a number of the model is written without sign: " + value, null, null);
			}
			return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
		}
	};

	/** A whole number (a count, an hour, a rank): only digits can reach it, so the one failure is a value past int. */
	private static final IValueConverter<Integer> WHOLE = new IValueConverter<>() {
		@Override
		public Integer toValue(String string, INode node) {
			try {
				return Integer.valueOf(string.strip());
			} catch (NumberFormatException e) {
				// no cause: the parser reports a cause's message (Java's "For input string") in place of this one
				throw new ValueConverterException("'" + string.strip() + "' is too large: a whole number here is at most "
						+ Integer.MAX_VALUE, node, null);
			}
		}

		@Override
		public String toString(Integer value) {
			if (value == null || value < 0) {
				throw new ValueConverterException("a whole number of the model is written without sign: " + value, null, null);
			}
			return Integer.toString(value);
		}
	};

	@ValueConverter(rule = "Number")
	public IValueConverter<Double> Number() {
		return NUMBER;
	}

	@Override
	@ValueConverter(rule = "INT")
	public IValueConverter<Integer> INT() {
		return WHOLE;
	}
}
