package org.placewise.io;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.placewise.io.internal.Cell;
import org.placewise.model.core.NamedElement;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.Measure;

/**
 * Exports the measure definitions of a model to CSV or XLSX, one row per measure with every
 * {@link MeasureColumn}, in model order; {@link MeasureImport} reads the file back.
 */
public final class MeasureExport {

    private MeasureExport() {
    }

    /**
     * @param model the model
     * @param file a .csv or .xlsx file to write (replaced when it exists)
     * @return how many measures were written
     * @throws ExportException when the file name has another extension or the file cannot be written
     */
    public static int write(PlacewiseModel model, Path file) throws ExportException {
        List<String> headers = new ArrayList<>();
        for (MeasureColumn column : MeasureColumn.values()) {
            headers.add(column.header());
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (Measure measure : model.getMeasures()) {
            List<Cell> row = new ArrayList<>();
            for (MeasureColumn column : MeasureColumn.values()) {
                row.add(cell(measure.eGet(column.feature())));
            }
            rows.add(row);
        }
        Exports.write(file, MeasureImport.SHEET, headers, rows);
        return rows.size();
    }

    /**
     * @param value a feature value of a measure
     * @return the cell that writes it so that an import reads the same value back
     */
    static Cell cell(Object value) {
        return switch (value) {
            case null -> Cell.BLANK;
            case String text -> text.isEmpty() ? Cell.BLANK : new Cell.Text(text);
            case BigDecimal number -> new Cell.Number(number);
            case LocalDate date -> new Cell.Date(date);
            case Enumerator literal -> new Cell.Text(literal.getLiteral());
            case NamedElement named -> new Cell.Text(named.getName());
            case List<?> list -> list.isEmpty() ? Cell.BLANK
                    : new Cell.Text(list.stream().map(o -> ((NamedElement) o).getName())
                            .collect(Collectors.joining("; ")));
            default -> new Cell.Text(value.toString());
        };
    }
}
