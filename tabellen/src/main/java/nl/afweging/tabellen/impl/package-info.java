// SPDX-License-Identifier: EUPL-1.2
/**
 * Internal: reading a workbook into a table's cells (with its bounds checked before Apache POI reads it) and writing
 * a table as a workbook with its machinery rows locked.
 */
package nl.afweging.tabellen.impl;
