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

	@ValueConverter(rule = "Number")
	public IValueConverter<Double> Number() {
		return NUMBER;
	}
}
