// SPDX-License-Identifier: EUPL-1.2
/**
 * Documentation of a rule set (API): one {@link nl.afweging.docs.Document} rendered as Markdown or HTML. A tool on
 * top of the face: uses the model and the parsed rule set; renderers and builders are package-private.
 */
package nl.afweging.docs;
