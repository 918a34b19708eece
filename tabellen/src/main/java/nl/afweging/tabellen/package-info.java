// SPDX-License-Identifier: EUPL-1.2
/**
 * Decision tables to Excel and back: each {@code x.drl.csv} of a rules folder as a workbook {@code x.drl.xlsx} to
 * edit, and the workbook written back as the CSV, checked as {@code validate} checks it.
 */
package nl.afweging.tabellen;
