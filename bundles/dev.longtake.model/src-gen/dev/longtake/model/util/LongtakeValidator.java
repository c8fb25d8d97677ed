/**
 */
package dev.longtake.model.util;

import dev.longtake.model.Approach;
import dev.longtake.model.BarPosition;
import dev.longtake.model.Beat;
import dev.longtake.model.Charge;
import dev.longtake.model.Cut;
import dev.longtake.model.CutEntry;
import dev.longtake.model.DescribedElement;
import dev.longtake.model.FrameSize;
import dev.longtake.model.Ledger;
import dev.longtake.model.Location;
import dev.longtake.model.LongtakePackage;
import dev.longtake.model.NamedElement;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.SongPosition;
import dev.longtake.model.Style;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.model.TimePosition;
import dev.longtake.model.Transition;
import dev.longtake.model.TransitionKind;
import dev.longtake.model.VideoFormat;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see dev.longtake.model.LongtakePackage
 * @generated
 */
public class LongtakeValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final LongtakeValidator INSTANCE = new LongtakeValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "dev.longtake.model";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Tempo Is Positive' of 'Project Settings'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PROJECT_SETTINGS__TEMPO_IS_POSITIVE = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Budget Is Valid' of 'Project Settings'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PROJECT_SETTINGS__BUDGET_IS_VALID = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Size Is Positive' of 'Frame Size'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int FRAME_SIZE__SIZE_IS_POSITIVE = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Frame Rate Is Positive' of 'Video Format'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int VIDEO_FORMAT__FRAME_RATE_IS_POSITIVE = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Seconds Are Not Negative' of 'Time Position'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int TIME_POSITION__SECONDS_ARE_NOT_NEGATIVE = 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Bar Is Placeable' of 'Bar Position'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int BAR_POSITION__BAR_IS_PLACEABLE = 6;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Duration Fits Kind' of 'Transition'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int TRANSITION__DURATION_FITS_KIND = 7;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Duration Is Positive' of 'Shot'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SHOT__DURATION_IS_POSITIVE = 8;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Takes Wanted Is Positive' of 'Shot'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SHOT__TAKES_WANTED_IS_POSITIVE = 9;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Beat Times Increase' of 'Shot'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SHOT__BEAT_TIMES_INCREASE = 10;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Continuation Is Acyclic' of 'Shot'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SHOT__CONTINUATION_IS_ACYCLIC = 11;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'One Circled Take Per Shot' of 'Ledger'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int LEDGER__ONE_CIRCLED_TAKE_PER_SHOT = 12;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Take Ids Are Unique' of 'Ledger'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int LEDGER__TAKE_IDS_ARE_UNIQUE = 13;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Rating Is Within Range' of 'Take'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int TAKE__RATING_IS_WITHIN_RANGE = 14;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Only Done Takes Are Circled' of 'Take'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int TAKE__ONLY_DONE_TAKES_ARE_CIRCLED = 15;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Cost Is Not Negative' of 'Take'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int TAKE__COST_IS_NOT_NEGATIVE = 16;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Ranges Are Valid' of 'Cut Entry'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CUT_ENTRY__RANGES_ARE_VALID = 17;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 17;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LongtakeValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return LongtakePackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case LongtakePackage.NAMED_ELEMENT:
				return validateNamedElement((NamedElement)value, diagnostics, context);
			case LongtakePackage.DESCRIBED_ELEMENT:
				return validateDescribedElement((DescribedElement)value, diagnostics, context);
			case LongtakePackage.SCRIPT:
				return validateScript((Script)value, diagnostics, context);
			case LongtakePackage.PROJECT_SETTINGS:
				return validateProjectSettings((ProjectSettings)value, diagnostics, context);
			case LongtakePackage.FRAME_SIZE:
				return validateFrameSize((FrameSize)value, diagnostics, context);
			case LongtakePackage.VIDEO_FORMAT:
				return validateVideoFormat((VideoFormat)value, diagnostics, context);
			case LongtakePackage.STYLE:
				return validateStyle((Style)value, diagnostics, context);
			case LongtakePackage.CHARACTER:
				return validateCharacter((dev.longtake.model.Character)value, diagnostics, context);
			case LongtakePackage.LOCATION:
				return validateLocation((Location)value, diagnostics, context);
			case LongtakePackage.SEQUENCE:
				return validateSequence((Sequence)value, diagnostics, context);
			case LongtakePackage.SONG_POSITION:
				return validateSongPosition((SongPosition)value, diagnostics, context);
			case LongtakePackage.TIME_POSITION:
				return validateTimePosition((TimePosition)value, diagnostics, context);
			case LongtakePackage.BAR_POSITION:
				return validateBarPosition((BarPosition)value, diagnostics, context);
			case LongtakePackage.TRANSITION:
				return validateTransition((Transition)value, diagnostics, context);
			case LongtakePackage.SHOT:
				return validateShot((Shot)value, diagnostics, context);
			case LongtakePackage.BEAT:
				return validateBeat((Beat)value, diagnostics, context);
			case LongtakePackage.LEDGER:
				return validateLedger((Ledger)value, diagnostics, context);
			case LongtakePackage.TAKE:
				return validateTake((Take)value, diagnostics, context);
			case LongtakePackage.CHARGE:
				return validateCharge((Charge)value, diagnostics, context);
			case LongtakePackage.CUT:
				return validateCut((Cut)value, diagnostics, context);
			case LongtakePackage.CUT_ENTRY:
				return validateCutEntry((CutEntry)value, diagnostics, context);
			case LongtakePackage.TRANSITION_KIND:
				return validateTransitionKind((TransitionKind)value, diagnostics, context);
			case LongtakePackage.APPROACH:
				return validateApproach((Approach)value, diagnostics, context);
			case LongtakePackage.TAKE_STATE:
				return validateTakeState((TakeState)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamedElement(NamedElement namedElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(namedElement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDescribedElement(DescribedElement describedElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(describedElement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScript(Script script, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(script, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProjectSettings(ProjectSettings projectSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(projectSettings, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(projectSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(projectSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(projectSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(projectSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(projectSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(projectSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(projectSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(projectSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validateProjectSettings_tempoIsPositive(projectSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validateProjectSettings_budgetIsValid(projectSettings, diagnostics, context);
		return result;
	}

	/**
	 * Validates the tempoIsPositive constraint of '<em>Project Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProjectSettings_tempoIsPositive(ProjectSettings projectSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return projectSettings.tempoIsPositive(diagnostics, context);
	}

	/**
	 * Validates the budgetIsValid constraint of '<em>Project Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProjectSettings_budgetIsValid(ProjectSettings projectSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return projectSettings.budgetIsValid(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFrameSize(FrameSize frameSize, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(frameSize, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(frameSize, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(frameSize, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(frameSize, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(frameSize, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(frameSize, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(frameSize, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(frameSize, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(frameSize, diagnostics, context);
		if (result || diagnostics != null) result &= validateFrameSize_sizeIsPositive(frameSize, diagnostics, context);
		return result;
	}

	/**
	 * Validates the sizeIsPositive constraint of '<em>Frame Size</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFrameSize_sizeIsPositive(FrameSize frameSize, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return frameSize.sizeIsPositive(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVideoFormat(VideoFormat videoFormat, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(videoFormat, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(videoFormat, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(videoFormat, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(videoFormat, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(videoFormat, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(videoFormat, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(videoFormat, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(videoFormat, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(videoFormat, diagnostics, context);
		if (result || diagnostics != null) result &= validateFrameSize_sizeIsPositive(videoFormat, diagnostics, context);
		if (result || diagnostics != null) result &= validateVideoFormat_frameRateIsPositive(videoFormat, diagnostics, context);
		return result;
	}

	/**
	 * Validates the frameRateIsPositive constraint of '<em>Video Format</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVideoFormat_frameRateIsPositive(VideoFormat videoFormat, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return videoFormat.frameRateIsPositive(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStyle(Style style, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(style, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCharacter(dev.longtake.model.Character character, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(character, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocation(Location location, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(location, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSequence(Sequence sequence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(sequence, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSongPosition(SongPosition songPosition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(songPosition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTimePosition(TimePosition timePosition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(timePosition, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(timePosition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(timePosition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(timePosition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(timePosition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(timePosition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(timePosition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(timePosition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(timePosition, diagnostics, context);
		if (result || diagnostics != null) result &= validateTimePosition_secondsAreNotNegative(timePosition, diagnostics, context);
		return result;
	}

	/**
	 * Validates the secondsAreNotNegative constraint of '<em>Time Position</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTimePosition_secondsAreNotNegative(TimePosition timePosition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return timePosition.secondsAreNotNegative(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBarPosition(BarPosition barPosition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(barPosition, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(barPosition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(barPosition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(barPosition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(barPosition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(barPosition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(barPosition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(barPosition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(barPosition, diagnostics, context);
		if (result || diagnostics != null) result &= validateBarPosition_barIsPlaceable(barPosition, diagnostics, context);
		return result;
	}

	/**
	 * Validates the barIsPlaceable constraint of '<em>Bar Position</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBarPosition_barIsPlaceable(BarPosition barPosition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return barPosition.barIsPlaceable(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTransition(Transition transition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(transition, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(transition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(transition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(transition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(transition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(transition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(transition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(transition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(transition, diagnostics, context);
		if (result || diagnostics != null) result &= validateTransition_durationFitsKind(transition, diagnostics, context);
		return result;
	}

	/**
	 * Validates the durationFitsKind constraint of '<em>Transition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTransition_durationFitsKind(Transition transition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return transition.durationFitsKind(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateShot(Shot shot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(shot, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(shot, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(shot, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(shot, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(shot, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(shot, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(shot, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(shot, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(shot, diagnostics, context);
		if (result || diagnostics != null) result &= validateShot_durationIsPositive(shot, diagnostics, context);
		if (result || diagnostics != null) result &= validateShot_takesWantedIsPositive(shot, diagnostics, context);
		if (result || diagnostics != null) result &= validateShot_beatTimesIncrease(shot, diagnostics, context);
		if (result || diagnostics != null) result &= validateShot_continuationIsAcyclic(shot, diagnostics, context);
		return result;
	}

	/**
	 * Validates the durationIsPositive constraint of '<em>Shot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateShot_durationIsPositive(Shot shot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return shot.durationIsPositive(diagnostics, context);
	}

	/**
	 * Validates the takesWantedIsPositive constraint of '<em>Shot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateShot_takesWantedIsPositive(Shot shot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return shot.takesWantedIsPositive(diagnostics, context);
	}

	/**
	 * Validates the beatTimesIncrease constraint of '<em>Shot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateShot_beatTimesIncrease(Shot shot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return shot.beatTimesIncrease(diagnostics, context);
	}

	/**
	 * Validates the continuationIsAcyclic constraint of '<em>Shot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateShot_continuationIsAcyclic(Shot shot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return shot.continuationIsAcyclic(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBeat(Beat beat, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(beat, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLedger(Ledger ledger, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(ledger, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(ledger, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(ledger, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(ledger, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(ledger, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(ledger, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(ledger, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(ledger, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(ledger, diagnostics, context);
		if (result || diagnostics != null) result &= validateLedger_oneCircledTakePerShot(ledger, diagnostics, context);
		if (result || diagnostics != null) result &= validateLedger_takeIdsAreUnique(ledger, diagnostics, context);
		return result;
	}

	/**
	 * Validates the oneCircledTakePerShot constraint of '<em>Ledger</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLedger_oneCircledTakePerShot(Ledger ledger, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ledger.oneCircledTakePerShot(diagnostics, context);
	}

	/**
	 * Validates the takeIdsAreUnique constraint of '<em>Ledger</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLedger_takeIdsAreUnique(Ledger ledger, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ledger.takeIdsAreUnique(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTake(Take take, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(take, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(take, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(take, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(take, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(take, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(take, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(take, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(take, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(take, diagnostics, context);
		if (result || diagnostics != null) result &= validateTake_ratingIsWithinRange(take, diagnostics, context);
		if (result || diagnostics != null) result &= validateTake_onlyDoneTakesAreCircled(take, diagnostics, context);
		if (result || diagnostics != null) result &= validateTake_costIsNotNegative(take, diagnostics, context);
		return result;
	}

	/**
	 * Validates the ratingIsWithinRange constraint of '<em>Take</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTake_ratingIsWithinRange(Take take, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return take.ratingIsWithinRange(diagnostics, context);
	}

	/**
	 * Validates the onlyDoneTakesAreCircled constraint of '<em>Take</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTake_onlyDoneTakesAreCircled(Take take, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return take.onlyDoneTakesAreCircled(diagnostics, context);
	}

	/**
	 * Validates the costIsNotNegative constraint of '<em>Take</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTake_costIsNotNegative(Take take, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return take.costIsNotNegative(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCharge(Charge charge, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(charge, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCut(Cut cut, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(cut, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCutEntry(CutEntry cutEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(cutEntry, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(cutEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(cutEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(cutEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(cutEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(cutEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(cutEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(cutEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(cutEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validateCutEntry_rangesAreValid(cutEntry, diagnostics, context);
		return result;
	}

	/**
	 * Validates the rangesAreValid constraint of '<em>Cut Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCutEntry_rangesAreValid(CutEntry cutEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return cutEntry.rangesAreValid(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTransitionKind(TransitionKind transitionKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateApproach(Approach approach, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTakeState(TakeState takeState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //LongtakeValidator
