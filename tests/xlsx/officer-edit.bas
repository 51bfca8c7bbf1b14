REM Does what an officer does in a spreadsheet application: opens the workbook, types new text into
REM some cells, and prints it to PDF (and saves the workbook as .xlsx). The cells are set through the
REM application's own editing, so it sizes their rows as it does after an edit by hand.
REM Edits file: UTF-8, one edit per line: sheet name, TAB, cell address (A1), TAB, the new text.
Sub EditAndExport(sIn As String, sEdits As String, sPdf As String, sXlsx As String)
  Dim aLoad(0) As New com.sun.star.beans.PropertyValue
  aLoad(0).Name = "Hidden"
  aLoad(0).Value = True
  oDoc = StarDesktop.loadComponentFromURL(ConvertToURL(sIn), "_blank", 0, aLoad())
  oFiles = createUnoService("com.sun.star.ucb.SimpleFileAccess")
  oText = createUnoService("com.sun.star.io.TextInputStream")
  oText.setInputStream(oFiles.openFileRead(ConvertToURL(sEdits)))
  oText.setEncoding("UTF-8")
  Do While Not oText.isEOF()
    aEdit = Split(oText.readLine(), Chr(9))
    If UBound(aEdit) = 2 Then
      oDoc.Sheets.getByName(aEdit(0)).getCellRangeByName(aEdit(1)).setString(aEdit(2))
    End If
  Loop
  oText.closeInput()
  Dim aPdf(0) As New com.sun.star.beans.PropertyValue
  aPdf(0).Name = "FilterName"
  aPdf(0).Value = "calc_pdf_Export"
  oDoc.storeToURL(ConvertToURL(sPdf), aPdf())
  Dim aXlsx(0) As New com.sun.star.beans.PropertyValue
  aXlsx(0).Name = "FilterName"
  aXlsx(0).Value = "Calc MS Excel 2007 XML"
  oDoc.storeToURL(ConvertToURL(sXlsx), aXlsx())
  oDoc.close(True)
End Sub
