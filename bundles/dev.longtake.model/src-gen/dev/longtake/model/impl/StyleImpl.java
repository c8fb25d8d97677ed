/**
 */
package dev.longtake.model.impl;

import dev.longtake.model.LongtakePackage;
import dev.longtake.model.Style;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class StyleImpl extends DescribedElementImpl implements Style {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StyleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongtakePackage.Literals.STYLE;
	}

} //StyleImpl
