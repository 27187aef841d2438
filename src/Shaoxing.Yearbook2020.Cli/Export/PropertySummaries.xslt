<?xml version="1.0" encoding="utf-8"?>
<!--
  The summaries of the package's properties, taken from its XML documentation while the CLI builds, as plain text:
  one line per property, "P:Namespace.Type.Property", a tab, the summary. A see cref becomes the short name it points
  to, a see langword the word, a see with text that text, a paramref the parameter's name, any other element its
  text; white space is collapsed. The export describes its columns with these lines, so the tool reads no XML when
  it runs (System.Xml would more than double the Native AOT binary's start-up data).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text" encoding="utf-8" />

  <xsl:template match="/">
    <xsl:for-each select="doc/members/member[starts-with(@name, 'P:') and summary]">
      <xsl:variable name="summary">
        <xsl:apply-templates select="summary[1]/node()" />
      </xsl:variable>
      <!-- In one expression: a text node of white space alone (a tab, a line break) may be dropped with the
           stylesheet's insignificant white space, a character in a string is not. -->
      <xsl:value-of select="concat(@name, '&#9;', normalize-space($summary), '&#10;')" />
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="text()">
    <xsl:value-of select="." />
  </xsl:template>

  <xsl:template match="see[@langword] | seealso[@langword]" priority="3">
    <xsl:value-of select="@langword" />
  </xsl:template>

  <xsl:template match="see[node()] | seealso[node()]" priority="2">
    <xsl:apply-templates />
  </xsl:template>

  <xsl:template match="see | seealso" priority="1">
    <xsl:call-template name="short-name">
      <xsl:with-param name="cref" select="(@cref | @href)[1]" />
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="paramref | typeparamref">
    <xsl:value-of select="@name" />
  </xsl:template>

  <xsl:template match="*">
    <xsl:apply-templates />
  </xsl:template>

  <!-- "T:Shaoxing.Yearbook2020.Model.Agency" → "Agency"; "M:….Find(System.String)" → "Find"; "…ImmutableArray`1" → "ImmutableArray". -->
  <xsl:template name="short-name">
    <xsl:param name="cref" />
    <xsl:variable name="unprefixed">
      <xsl:choose>
        <xsl:when test="substring($cref, 2, 1) = ':'"><xsl:value-of select="substring($cref, 3)" /></xsl:when>
        <xsl:otherwise><xsl:value-of select="$cref" /></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="unparameterised">
      <xsl:choose>
        <xsl:when test="contains($unprefixed, '(')"><xsl:value-of select="substring-before($unprefixed, '(')" /></xsl:when>
        <xsl:otherwise><xsl:value-of select="$unprefixed" /></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="last">
      <xsl:call-template name="after-last-dot">
        <xsl:with-param name="text" select="$unparameterised" />
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="contains($last, '`')"><xsl:value-of select="substring-before($last, '`')" /></xsl:when>
      <xsl:otherwise><xsl:value-of select="$last" /></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="after-last-dot">
    <xsl:param name="text" />
    <xsl:choose>
      <xsl:when test="contains($text, '.')">
        <xsl:call-template name="after-last-dot">
          <xsl:with-param name="text" select="substring-after($text, '.')" />
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text" /></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
